# 2.7 str.decode('base64') decodes as binascii.a2b_base64 does: bad padding is binascii.Error, not a crash
# (found by fuzzing: pyvm threw Java's IllegalArgumentException).
for s in ['abc', 'ab=c', 'YWJj', 'YW', 'Y', '!!!!', 'YWJjZA', 'YW Jj\n', 'YWJjZA==', 'YW=Jj']:
    try:
        print(repr(s.decode('base64')))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(repr('hello world'.encode('base64')))
