$ curl --oauth2-bearer "ya29.a0AfH6SMB" "https://www.googleapis.com/drive/v3/files?pageSize=10"
