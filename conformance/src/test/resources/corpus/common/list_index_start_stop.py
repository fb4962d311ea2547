# list.index and tuple.index search only between their start and stop positions
from __future__ import print_function


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


items = [1, 2, 1, 3, 1]
t("from 1", lambda: items.index(1, 1))
t("from 3", lambda: items.index(1, 3))
t("negative start", lambda: items.index(1, -2))
t("start and stop", lambda: items.index(3, 1, 4))
t("stop excludes", lambda: items.index(3, 0, 3))
t("start past end", lambda: items.index(1, 10))
t("huge stop", lambda: items.index(3, 0, 2 ** 70))
t("huge negative start", lambda: items.index(2, -2 ** 70))
t("tuple from 2", lambda: (5, 6, 5).index(5, 1))
t("tuple stop", lambda: (5, 6, 5).index(6, 0, 1))
t("bool start", lambda: items.index(2, True))
t("str start", lambda: items.index(1, "a"))
t("float stop", lambda: items.index(1, 0, 1.5))
t("None start", lambda: items.index(1, None))
positions = []
i = -1
while True:
    try:
        i = items.index(1, i + 1)
    except ValueError:
        break
    positions.append(i)
print("all positions", positions)
