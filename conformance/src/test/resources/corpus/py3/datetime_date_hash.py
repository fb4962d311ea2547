# A date hashes as _datetime hashes it, its 4 state bytes (datetime.py hashes a tuple of them): sets and
# dicts of dates iterate in CPython's order.
import datetime
d = datetime.date(2020, 1, 1)
print(hash(d) == hash(b'\x07\xe4\x01\x01'))
print({datetime.date(2020, 1, i) for i in range(1, 9)})
print(sorted({datetime.date(2021, m, 1): m for m in range(1, 6)}.items())[0])
class MyDate(datetime.date):
    pass
print(hash(MyDate(2020, 1, 1)) == hash(d), MyDate(2020, 1, 1) in {d})
print(len({datetime.datetime(2020, 1, 1), datetime.datetime(2020, 1, 1, 0, 0)}))
