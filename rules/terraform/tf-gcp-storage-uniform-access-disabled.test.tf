resource "google_storage_bucket" "uploads" {
  name     = "example-uploads"
  location = "EU"
  # ruleid: tf-gcp-storage-uniform-access-disabled
  uniform_bucket_level_access = false
}

# ruleid: tf-gcp-storage-uniform-access-disabled
resource "google_storage_bucket" "archive" {
  name          = "example-archive"
  location      = "EU"
  storage_class = "ARCHIVE"

  versioning {
    enabled = true
  }
}

resource "google_storage_bucket" "reports" {
  name                        = "example-reports"
  location                    = "EU"
  # ok: tf-gcp-storage-uniform-access-disabled
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "configurable" {
  name                        = var.bucket_name
  location                    = var.location
  # ok: tf-gcp-storage-uniform-access-disabled
  uniform_bucket_level_access = var.uniform_access
}
