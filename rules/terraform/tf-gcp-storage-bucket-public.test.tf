resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # ruleid: tf-gcp-storage-bucket-public
  member = "allUsers"
}

# ruleid: tf-gcp-storage-bucket-public
resource "google_storage_bucket_iam_binding" "uploads" {
  bucket = google_storage_bucket.uploads.name
  role   = "roles/storage.objectCreator"
  members = [
    "serviceAccount:${google_service_account.app.email}",
    "allAuthenticatedUsers",
  ]
}

# ruleid: tf-gcp-storage-bucket-public
resource "google_storage_bucket_access_control" "legacy" {
  bucket = google_storage_bucket.legacy.name
  role   = "READER"
  entity = "allUsers"
}

resource "google_storage_bucket_iam_member" "app" {
  bucket = google_storage_bucket.uploads.name
  role   = "roles/storage.objectAdmin"
  # ok: tf-gcp-storage-bucket-public
  member = "serviceAccount:${google_service_account.app.email}"
}

# ok: tf-gcp-storage-bucket-public
resource "google_storage_bucket_iam_binding" "team" {
  bucket  = google_storage_bucket.reports.name
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com", "domain:example.com"]
}

resource "google_cloud_run_v2_service_iam_member" "public_site" {
  name   = google_cloud_run_v2_service.site.name
  role   = "roles/run.invoker"
  # ok: tf-gcp-storage-bucket-public
  member = "allUsers"
}

resource "google_storage_bucket_iam_member" "configurable" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # ok: tf-gcp-storage-bucket-public
  member = var.reader
}
