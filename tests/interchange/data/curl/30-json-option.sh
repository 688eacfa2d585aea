curl --json '{"tool": "curl"}' https://example.com/api/
