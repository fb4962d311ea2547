class ConfigError(Exception):
    pass
def parse(v):
    try:
        return int(v)
    except ValueError as e:
        raise ConfigError('bad value %r' % v) from e
def handler(vals):
    out = []
    for v in vals:
        try:
            out.append(parse(v))
        finally:
            print('processed', v)
    return out
print(handler(['1', '2']))
try:
    handler(['3', 'x'])
except ConfigError as e:
    print('caught', e, type(e.__cause__).__name__)
def cleanup():
    try:
        {}['a']
    except KeyError:
        print('handling')
        None.attr
cleanup()
