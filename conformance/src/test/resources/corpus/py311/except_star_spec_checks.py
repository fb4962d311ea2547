# except* refuses a group class and anything that is no exception class, before matching
for spec in (ExceptionGroup, (ValueError, ExceptionGroup), BaseExceptionGroup, 5, (ValueError, 'x'), ValueError):
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1)])
        except* spec:
            print('caught', spec)
    except Exception as e:
        print(type(e).__name__, e)
