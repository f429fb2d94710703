resource "google_compute_instance" "worker" {
  name         = "worker-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    # ruleid: tf-gcp-compute-default-sa-full-scope
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance_template" "batch" {
  name_prefix  = "batch-"
  machine_type = "e2-standard-4"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    # ruleid: tf-gcp-compute-default-sa-full-scope
    scopes = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}

# ruleid: tf-gcp-compute-default-sa-full-scope
resource "google_container_node_pool" "default_pool" {
  name    = "default-pool"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type = "e2-standard-4"
    oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}

resource "google_compute_instance" "api" {
  name         = "api-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    email  = google_service_account.api.email
    # ok: tf-gcp-compute-default-sa-full-scope
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "legacy_scopes" {
  name         = "legacy-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    # ok: tf-gcp-compute-default-sa-full-scope
    scopes = ["logging-write", "monitoring-write", "storage-ro"]
  }
}

# ok: tf-gcp-compute-default-sa-full-scope
resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.main.id

  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}

resource "google_compute_instance_template" "configurable" {
  name_prefix  = "configurable-"
  machine_type = var.machine_type

  disk {
    source_image = var.image
  }

  network_interface {
    subnetwork = var.subnetwork
  }

  service_account {
    email  = var.service_account_email
    # ok: tf-gcp-compute-default-sa-full-scope
    scopes = var.scopes
  }
}

# ok: tf-gcp-compute-default-sa-full-scope
resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1

  node_config {
    oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}
