// Placeholder until the generator lands.
print("weft-gen")
