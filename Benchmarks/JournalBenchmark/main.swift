import Engine
print("journal benchmark")
