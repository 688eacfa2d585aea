curl -X POST --data-binary @payload.bin -H "Content-Type: application/octet-stream" https://upload.example.com/files
