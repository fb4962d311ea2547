try:
    print(eval("6 * 7"))
except OSError as e:
    print("denied: %s" % e)
