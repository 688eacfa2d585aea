curl --unix-socket /var/run/docker.sock http://localhost/v1.43/containers/json
