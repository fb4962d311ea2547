# Integer arguments refused in each version's words: Py_ssize_t ("n": 3.6's "integer argument expected, got
# float"), C int ("i": 3.6's "an integer is required (got type str)") and PyNumber_Index ("cannot be interpreted").
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

ba = bytearray(b'hello')
for bad in ['a', 1.5]:
    print('--', repr(bad))
    t('list.insert', lambda: [].insert(bad, 1))
    t('list.pop', lambda: [1].pop(bad))
    t('bytearray.insert', lambda: ba.insert(bad, 1))
    t('bytearray.insert value', lambda: ba.insert(0, bad))
    t('bytearray.pop', lambda: ba.pop(bad))
    t('bytearray.append', lambda: ba.append(bad))
    t('bytearray item', lambda: ba.__setitem__(0, bad))
    t('bytearray slice', lambda: ba.__setitem__(slice(0, 2), bad))
    t('bytearray([x])', lambda: bytearray([bad]))
    t('expandtabs', lambda: 'a\tb'.expandtabs(bad))
    t('splitlines', lambda: 'a\nb'.splitlines(bad))
    t('chr', lambda: chr(bad))
    t('to_bytes length', lambda: (5).to_bytes(bad, 'big'))
    t('round ndigits', lambda: round(1.5, bad))
t('bytearray item bytes', lambda: ba.__setitem__(0, b'a'))
t('bytearray slice int', lambda: ba.__setitem__(slice(0, 2), 5))
t('from_bytes str', lambda: int.from_bytes('ab', 'big'))
t('from_bytes list', lambda: int.from_bytes([1, 2], 'big'))
t('from_bytes bad list', lambda: int.from_bytes([1, 'a'], 'big'))
t('from_bytes bytearray', lambda: int.from_bytes(bytearray(b'\x01\x00'), 'little'))
