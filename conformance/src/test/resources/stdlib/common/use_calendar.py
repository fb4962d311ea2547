# calendar: month and year texts, leap years, weekdays.
from __future__ import print_function
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2021, 8, w=3, l=1))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.monthcalendar(2015, 11))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2030, 1))
print(list(c.iterweekdays()))
print(calendar.timegm((2020, 1, 1, 0, 0, 0)))
print(calendar.calendar(2019))
print(list(calendar.day_abbr), list(calendar.month_name)[1:4])
