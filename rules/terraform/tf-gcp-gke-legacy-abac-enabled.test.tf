resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
  # ruleid: tf-gcp-gke-legacy-abac-enabled
  enable_legacy_abac = true
}

resource "google_container_cluster" "legacy" {
  name                     = "legacy"
  location                 = "europe-west1-b"
  remove_default_node_pool = true
  initial_node_count       = 1
  # ruleid: tf-gcp-gke-legacy-abac-enabled
  enable_legacy_abac       = "true"
}

resource "google_container_cluster" "prod" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
  # ok: tf-gcp-gke-legacy-abac-enabled
  enable_legacy_abac = false
}

resource "google_container_cluster" "configurable" {
  name               = var.name
  location           = var.location
  initial_node_count = 1
  # ok: tf-gcp-gke-legacy-abac-enabled
  enable_legacy_abac = var.enable_legacy_abac
}
