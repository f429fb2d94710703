resource "google_compute_instance" "legacy" {
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

  metadata = {
    # ruleid: tf-gcp-compute-os-login-disabled
    enable-oslogin = "TRUE"
    ssh-keys       = "deploy:${file("deploy.pub")}"
  }
}

resource "google_compute_project_metadata" "default" {
  metadata = {
    # ruleid: tf-gcp-compute-os-login-disabled
    enable-oslogin = "TRUE"
  }
}

# ruleid: tf-gcp-compute-os-login-disabled
resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_project_metadata_item" "oslogin_on" {
  # ok: tf-gcp-compute-os-login-disabled
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_instance" "app" {
  name         = "app-1"
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
    # ok: tf-gcp-compute-os-login-disabled
    enable-oslogin = "TRUE"
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

  metadata = {
    # ok: tf-gcp-compute-os-login-disabled
    enable-oslogin = var.enable_oslogin
  }
}
