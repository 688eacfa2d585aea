curl -kL --max-redirs 3 https://self-signed.example.com/start
