"""Sessions: study, quiz and the mock interview, driven by the faces and recorded through the store."""
