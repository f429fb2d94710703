resource "google_container_cluster" "main" {
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      # ruleid: tf-gcp-gke-client-certificate-enabled
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "ci" {
  name               = "ci"
  location           = "europe-west1-b"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      # ruleid: tf-gcp-gke-client-certificate-enabled
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "prod" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      # ok: tf-gcp-gke-client-certificate-enabled
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "configurable" {
  name               = var.name
  location           = var.location
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      # ok: tf-gcp-gke-client-certificate-enabled
      issue_client_certificate = var.issue_client_certificate
    }
  }
}
