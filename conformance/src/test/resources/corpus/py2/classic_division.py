# Classic division: int / int truncates (floors), floats divide truly; // everywhere.
print 7 / 2
print -7 / 2
print 7 / -2
print 7.0 / 2
print 7 / 2.0
print 7 // 2
print 7.0 // 2
print -7.0 // 2
print 2 ** 70 / 3
print 1 / 3 * 3
print 10 % 3, -10 % 3, 10 % -3
x = 9
x /= 2
print x
y = 9.0
y /= 2
print y
print divmod(-9, 4)
print round(2.5), round(-2.5), round(0.5)
print round(1.25, 1), round(1.35, 1)
print 3 / 2 == 1
print float(1) / 3
print int(1e3) / 7
print (1 + 2j) / 2
