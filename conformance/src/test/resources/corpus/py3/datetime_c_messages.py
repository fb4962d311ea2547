# datetime's errors in the C module's words (pyvm runs the pure-Python datetime.py): naive against aware
# datetimes and times, a date minus a datetime (refused), results past the range of dates, a timedelta's
# days past their range, a timezone's offset, missing date fields, ordering against other types, a
# missing class attribute, and isocalendar()'s repr.
from datetime import datetime, date, time, timedelta, timezone

naive = datetime(2020, 1, 1, 12, 30)
aware = datetime(2020, 1, 1, 12, 30, tzinfo=timezone.utc)


class Stamp(datetime):
    pass


checks = [
    ("naive < aware", lambda: naive < aware),
    ("aware >= naive", lambda: aware >= naive),
    ("naive == aware", lambda: naive == aware),
    ("aware - naive", lambda: aware - naive),
    ("naive - aware", lambda: naive - aware),
    ("aware - aware", lambda: aware - aware),
    ("naive < date", lambda: naive < date(2020, 1, 1)),
    ("date > naive", lambda: date(2020, 1, 1) > naive),
    ("Stamp < date", lambda: Stamp(2020, 1, 1) < date(2020, 1, 1)),
    ("date - datetime", lambda: date(2020, 1, 1) - naive),
    ("datetime - date", lambda: naive - date(2020, 1, 1)),
    ("date - date", lambda: date(2020, 3, 1) - date(2020, 1, 1)),
    ("aware time < naive time", lambda: time(1, tzinfo=timezone.utc) < time(2)),
    ("time < 5", lambda: time(1) < 5),
    ("timedelta < 5", lambda: timedelta(1) < 5),
    ("timedelta(days=10**9)", lambda: timedelta(days=10 ** 9)),
    ("timedelta(weeks=-10**9)", lambda: timedelta(weeks=-10 ** 9)),
    ("timedelta.max + 1 day", lambda: timedelta.max + timedelta(days=1)),
    ("date.max + 1 day", lambda: date.max + timedelta(1)),
    ("date.min - 1 day", lambda: date.min - timedelta(1)),
    ("datetime.max + 1 day", lambda: datetime.max + timedelta(1)),
    ("timedelta(1) + date.max", lambda: timedelta(1) + date.max),
    ("timezone(25 hours)", lambda: timezone(timedelta(hours=25))),
    ("timezone(-24 hours)", lambda: timezone(-timedelta(hours=24))),
    ("date(2020, 1)", lambda: date(2020, 1)),
    ("date(2020)", lambda: date(2020)),
    ("date()", lambda: date()),
    ("date(2020, day=1)", lambda: date(2020, day=1)),
    ("date(year=2020, month=1)", lambda: date(year=2020, month=1)),
    ("datetime(2020, 1)", lambda: datetime(2020, 1)),
    ("date(2020, 1, None)", lambda: date(2020, 1, None)),
    ("date.nosuch", lambda: date.nosuch),
    ("timedelta.nosuch", lambda: timedelta.nosuch),
    ("isocalendar", lambda: date(2021, 1, 3).isocalendar()),
    ("date(2020, 2, 30)", lambda: date(2020, 2, 30)),
]
for label, check in checks:
    try:
        print(label, "->", repr(check()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
