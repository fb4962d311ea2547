# 2.7's input(): the line raw_input reads, evaluated as an expression in the caller's
# namespaces (leading blanks dropped); a bad name is a NameError, the end of input EOFError.
x = input("n? ")
print x, type(x)
y = input()
print y
print repr(input())
try:
    input()
except NameError as e:
    print "NameError", e
try:
    input()
except EOFError as e:
    print "EOFError", e
