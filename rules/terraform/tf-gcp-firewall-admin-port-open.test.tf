resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  # ruleid: tf-gcp-firewall-admin-port-open
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["bastion"]
}

resource "google_compute_firewall" "windows" {
  name      = "allow-rdp-and-web"
  network   = google_compute_network.main.name
  direction = "INGRESS"

  allow {
    protocol = "tcp"
    ports    = ["80", "443", "3000-4000"]
  }

  # ruleid: tf-gcp-firewall-admin-port-open
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"]
}

resource "google_compute_firewall" "everything" {
  name    = "allow-all"
  network = google_compute_network.main.name

  allow {
    protocol = "all"
  }

  # ruleid: tf-gcp-firewall-admin-port-open
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "iap_ssh" {
  name    = "allow-iap-ssh"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }

  # ok: tf-gcp-firewall-admin-port-open
  source_ranges = ["35.235.240.0/20"]
}

resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["80", "443", "8000-8080"]
  }

  allow {
    protocol = "icmp"
  }

  # ok: tf-gcp-firewall-admin-port-open
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "egress_all" {
  name               = "egress-all"
  network            = google_compute_network.main.name
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "all"
  }

  # ok: tf-gcp-firewall-admin-port-open
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "configurable" {
  name    = "configurable"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = var.admin_ports
  }

  # ok: tf-gcp-firewall-admin-port-open
  source_ranges = var.admin_ranges
}
