curl -H "Content-Type: application/json" -d '{"username": "webhook", "content": "hello"}' "https://discord.com/api/webhooks/123/abc"
