# The fields of datetime's values are read-only as the C module has them: a date's, time's and datetime's fields
# are getset descriptors ("attribute ... is not writable"), a timedelta's read-only members ("readonly attribute",
# a TypeError on 2.7); the values take no new attribute either.
from __future__ import print_function
import datetime


class MyDate(datetime.date):
    pass


def attempt(label, action):
    try:
        action()
        print(label, 'allowed')
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


d = datetime.date(2020, 1, 2)
t = datetime.time(1, 2, 3)
dt = datetime.datetime(2020, 1, 2, 3, 4, 5)
td = datetime.timedelta(1, 2, 3)
md = MyDate(2021, 3, 4)


def set_attr(obj, name, value):
    return lambda: setattr(obj, name, value)


def del_attr(obj, name):
    return lambda: delattr(obj, name)


for obj, names in ((d, ('year', 'month', 'day')), (t, ('hour', 'minute', 'second', 'microsecond', 'tzinfo')),
                   (dt, ('year', 'hour', 'tzinfo')), (td, ('days', 'seconds', 'microseconds')), (md, ('year', 'day'))):
    for name in names:
        attempt('set %s.%s' % (type(obj).__name__, name), set_attr(obj, name, 1))
    attempt('del %s.%s' % (type(obj).__name__, names[0]), del_attr(obj, names[0]))
attempt('new attribute on a date', set_attr(d, 'extra', 1))
md.extra = 5
print('subclass instance attribute', md.extra, md.year, md)
print(d, t, dt, td)
