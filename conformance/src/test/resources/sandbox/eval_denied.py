try:
    print(eval("6 * 7"))
except PermissionError as e:
    print("denied:", e)
