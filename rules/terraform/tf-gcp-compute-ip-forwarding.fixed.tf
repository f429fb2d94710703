resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  # ruleid: tf-gcp-compute-ip-forwarding
  can_ip_forward = false

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix    = "workers-"
  machine_type   = "e2-standard-4"
  # ruleid: tf-gcp-compute-ip-forwarding
  can_ip_forward = false

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
}

resource "google_compute_instance" "api" {
  name           = "api-1"
  machine_type   = "e2-medium"
  zone           = "europe-west1-b"
  # ok: tf-gcp-compute-ip-forwarding
  can_ip_forward = false

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
}

resource "google_compute_instance" "configurable" {
  name           = var.name
  machine_type   = var.machine_type
  zone           = var.zone
  # ok: tf-gcp-compute-ip-forwarding
  can_ip_forward = var.can_ip_forward

  boot_disk {
    initialize_params {
      image = var.image
    }
  }

  network_interface {
    subnetwork = var.subnetwork
  }
}
