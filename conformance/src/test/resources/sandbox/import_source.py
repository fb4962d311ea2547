try:
    import plain_module
    print("plain_module:", plain_module.VALUE)
except PermissionError as e:
    print("denied:", e)
