# Backquotes are repr(); <> is !=.
x = 42
s = "it's"
print `x`
print `s`
print `[1, "a", 2.5]`
print `x` + `x`
print `1 + 2`
print 1 <> 2
print 1 <> 1
print `None`, `True`
class C:
    def __repr__(self):
        return "C()"
print `C()`
print `u"\u00e9"`
print `(1,)`
