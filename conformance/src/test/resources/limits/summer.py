# sum() over 10**12 numbers loops inside the builtin: a lazy range (2.7's range() would be a list,
# which CPython 2.7 refuses at once with a MemoryError)
try:
    numbers = xrange(10**12)
except NameError:
    numbers = range(10**12)
print(sum(numbers))
