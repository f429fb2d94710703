resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email

    metadata = {
      # ruleid: tf-gcp-gke-legacy-metadata-endpoints
      disable-legacy-endpoints = "true"
    }
  }
}

resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1-b"
  initial_node_count = 1

  node_config {
    metadata = {
      # ruleid: tf-gcp-gke-legacy-metadata-endpoints
      "disable-legacy-endpoints" = "true"
    }
  }
}

resource "google_container_node_pool" "secure" {
  name    = "secure"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email

    metadata = {
      # ok: tf-gcp-gke-legacy-metadata-endpoints
      disable-legacy-endpoints = "true"
    }

    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_node_pool" "configurable" {
  name    = var.name
  cluster = var.cluster_id

  node_config {
    machine_type = var.machine_type

    metadata = {
      # ok: tf-gcp-gke-legacy-metadata-endpoints
      disable-legacy-endpoints = var.disable_legacy_endpoints
    }
  }
}
