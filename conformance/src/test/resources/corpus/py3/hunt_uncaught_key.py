def load(config, key):
    print('loading', key)
    return config[key]
def main():
    config = {'host': 'localhost', 'port': 8080}
    print(load(config, 'host'))
    print(load(config, 'port'))
    print(load(config, 'user'))
main()
