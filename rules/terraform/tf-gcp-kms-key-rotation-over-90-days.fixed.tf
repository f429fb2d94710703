resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = google_kms_key_ring.main.id
  # ruleid: tf-gcp-kms-key-rotation-over-90-days
  rotation_period = "7776000s"
}

# ruleid: tf-gcp-kms-key-rotation-over-90-days
resource "google_kms_crypto_key" "backups" {
  name     = "backups"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ENCRYPT_DECRYPT"

  lifecycle {
    prevent_destroy = true
  }
}

resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = google_kms_key_ring.main.id
  # ok: tf-gcp-kms-key-rotation-over-90-days
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "tokens" {
  name            = "tokens"
  key_ring        = google_kms_key_ring.main.id
  # ok: tf-gcp-kms-key-rotation-over-90-days
  rotation_period = "2592000s"
}

# ok: tf-gcp-kms-key-rotation-over-90-days
resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "configurable" {
  name            = var.key_name
  key_ring        = var.key_ring_id
  # ok: tf-gcp-kms-key-rotation-over-90-days
  rotation_period = var.rotation_period
}
