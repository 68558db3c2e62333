"""The intervention format: the model, its shape, field texts, the JSON Schema, the template and key facts."""
