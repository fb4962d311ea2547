# String constants with quotes and escapes (plain str, valid in every version).
a = 'single \'quoted\''
b = "double \"quoted\""
c = """triple "double" 'single'
second line"""
d = '''triple single'''
e = "tab\tnewline\\n backslash\\ bell-less"
f = "\x41\x42\x43 \101\102"
g = r"raw \n \t \\"
h = "a" "b" 'c'
print(a)
print(b)
print(c)
print(d)
print(e)
print(f)
print(g)
print(h)
print(repr(a))
print(repr(b))
print(repr(e))
print(repr("both ' and \""))
print(repr("\x00\x01\x7f"))
print(repr("\r\n"))
print(len(c))
print("%r %s" % ("x'y", 'x"y'))
