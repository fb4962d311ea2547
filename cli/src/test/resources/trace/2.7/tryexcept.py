def divide(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1

print(divide(2))
print(divide(0))
