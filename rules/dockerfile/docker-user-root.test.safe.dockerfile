FROM python:3.12.2-slim
USER root
RUN pip install --no-cache-dir -r requirements.txt
USER 10001:10001
# ok: docker-user-root
CMD ["python", "-m", "app"]
