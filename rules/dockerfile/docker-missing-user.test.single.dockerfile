FROM python:3.12.2-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt && rm -rf /root/.cache
# ruleid: docker-missing-user
CMD ["gunicorn", "app:app"]
