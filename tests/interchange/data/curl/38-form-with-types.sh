curl -F "metadata={\"name\":\"doc\"};type=application/json" -F "file=@/home/user/doc.pdf;type=application/pdf;filename=renamed.pdf" https://api.example.com/upload
