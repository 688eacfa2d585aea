curl -T ./report.pdf https://storage.example.com/bucket/report.pdf
