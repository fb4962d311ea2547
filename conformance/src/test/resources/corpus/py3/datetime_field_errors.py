# datetime's field checks and type names in _datetime's words ("day is out of range for month",
# 'datetime.date'), and an uncaught one reports no frames of datetime.py.
import datetime
from datetime import date, time, timedelta, timezone
cases = [
    ("date(2023, 2, 29)", lambda: date(2023, 2, 29)),
    ("date(2024, 2, 29)", lambda: date(2024, 2, 29)),
    ("date(2023, 13, 1)", lambda: date(2023, 13, 1)),
    ("date(2023, 0, 1)", lambda: date(2023, 0, 1)),
    ("date(0, 1, 1)", lambda: date(0, 1, 1)),
    ("date(10000, 1, 1)", lambda: date(10000, 1, 1)),
    ("date(2023, 4, 31)", lambda: date(2023, 4, 31)),
    ("date(1900, 2, 29)", lambda: date(1900, 2, 29)),
    ("date(2000, 2, 29)", lambda: date(2000, 2, 29)),
    ("time(24)", lambda: time(24)),
    ("time(23, 60)", lambda: time(23, 60)),
    ("time(1, 2, 60)", lambda: time(1, 2, 60)),
    ("time(1, 2, 3, 1000000)", lambda: time(1, 2, 3, 1000000)),
    ("time(-1)", lambda: time(-1)),
    ("time(1, fold=2)", lambda: time(1, fold=2)),
    ("datetime(2020, 1, 32)", lambda: datetime.datetime(2020, 1, 32)),
    ("datetime(2020, 1, 1, 25)", lambda: datetime.datetime(2020, 1, 1, 25)),
    ("datetime(2020, 1, 1, 1, 1, 1, 5)", lambda: datetime.datetime(2020, 1, 1, 1, 1, 1, 5)),
    ("date(2020,1,1).replace(day=40)", lambda: date(2020, 1, 1).replace(day=40)),
    ("datetime(2020,1,1).replace(hour=99)", lambda: datetime.datetime(2020, 1, 1).replace(hour=99)),
    ("date + 1", lambda: date(2020, 1, 1) + 1),
    ("timedelta * 'x'", lambda: timedelta(1) * 'x'),
    ("datetime - date", lambda: datetime.datetime(2020, 1, 1) - date(2020, 1, 1)),
    ("time + timedelta", lambda: time(1) + timedelta(1)),
    ("date(True, 1, 1)", lambda: date(True, 1, 1)),
]
for label, f in cases:
    try:
        print(label, "->", repr(f()))
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
print(date(2020, 5, 17).isoformat(), time(13, 5).isoformat(), timedelta(days=3, hours=4))
print(datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone.utc).strftime("%Y-%m-%d %H:%M:%S %Z"))
date(2023, 2, 30)
