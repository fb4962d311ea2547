# 3.11 warns when int() falls back on __trunc__ (no __int__ or __index__): a DeprecationWarning shown for
# __main__, once per place, then the value __trunc__ gives.
class OnlyTrunc:
    def __trunc__(self):
        return 7

class WithInt:
    def __int__(self):
        return 3
    def __trunc__(self):
        return 9

def convert(x):
    return int(x)

print(convert(OnlyTrunc()))
print(convert(OnlyTrunc()))
print(int(WithInt()))
print(int(OnlyTrunc()))
