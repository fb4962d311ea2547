# 2.7: an index argument past a C long is PyLong_AsSsize_t's 'Python int too large to convert to C long'
for f in [lambda: 'abc'.center(2**70), lambda: 'ab'.zfill(2**70), lambda: [].pop(2**70), lambda: 'a\tb'.expandtabs(2**70), lambda: bytearray(b'ab').pop(2**70), lambda: 'abc'.ljust(2**70, 'x'), lambda: [1].insert(-2**70, 0), lambda: 'abc'.split(None, 2**70), lambda: 'abc'.replace('a', 'b', 2**70)]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
