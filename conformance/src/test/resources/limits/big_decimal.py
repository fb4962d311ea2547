try:
    s = str(2 ** (2 ** 23))
    print(len(s))
except MemoryError:
    print("MemoryError")
except ValueError as e:
    print("ValueError: " + str(e))
