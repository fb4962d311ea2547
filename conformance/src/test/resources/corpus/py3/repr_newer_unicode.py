# repr() escapes, and str.isprintable() refuses, a character its version's Unicode database has unassigned: 3.6 knows
# Unicode 9.0, 3.11 14.0, so an emoji of 2018 is printable on 3.11 and escaped on 3.6, one of 2022 escaped on both.
# (The repr is shown as UTF-8 bytes, which print in any locale.)
words = ['party \U0001F973', 'smile \U0001F600', 'heart \u2764', 'star-struck \U0001F929', 'melting \U0001FAE0',
         'shaking \U0001FAE8', 'yawn \U0001F971', 'coin \U0001FA99', 'latin \u0263', 'arabic \u08BE', 'cjk \u9FEB',
         'ext-f \U0002B820', 'unassigned \U000E0080', 'private \uE000', 'format \u200B', 'han \u4E00']
for w in words:
    print(repr(w).encode('utf-8'), w.isprintable(), ascii(w[-1]))
print(repr(words).encode('utf-8'))
