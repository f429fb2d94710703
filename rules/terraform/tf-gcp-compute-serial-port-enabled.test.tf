resource "google_compute_instance" "db" {
  name         = "db-1"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.data.id
  }

  metadata = {
    enable-oslogin     = "TRUE"
    # ruleid: tf-gcp-compute-serial-port-enabled
    serial-port-enable = "TRUE"
  }
}

# ruleid: tf-gcp-compute-serial-port-enabled
resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "true"
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "web-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = google_compute_subnetwork.web.id
  }

  metadata = {
    # ruleid: tf-gcp-compute-serial-port-enabled
    "serial-port-enable" = 1
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

  metadata = {
    enable-oslogin     = "TRUE"
    # ok: tf-gcp-compute-serial-port-enabled
    serial-port-enable = "FALSE"
  }
}

resource "google_compute_instance" "configurable" {
  name         = var.name
  machine_type = var.machine_type
  zone         = var.zone

  boot_disk {
    initialize_params {
      image = var.image
    }
  }

  network_interface {
    subnetwork = var.subnetwork
  }

  metadata = {
    # ok: tf-gcp-compute-serial-port-enabled
    serial-port-enable = var.serial_port_enable
  }
}
