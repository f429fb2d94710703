resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true

      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }

      authorized_networks {
        name  = "everyone"
        # ruleid: tf-gcp-sql-public-authorized-network
        value = "0.0.0.0/0"
      }
    }
  }
}

resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"

    ip_configuration {
      authorized_networks {
        name  = "anywhere"
        # ruleid: tf-gcp-sql-public-authorized-network
        value = "0.0.0.0/0"
      }
    }
  }
}

resource "google_sql_database_instance" "office_only" {
  name             = "office-only"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"

      authorized_networks {
        name  = "office"
        # ok: tf-gcp-sql-public-authorized-network
        value = "203.0.113.0/24"
      }
    }
  }
}

resource "google_sql_database_instance" "configurable" {
  name             = var.name
  database_version = var.database_version
  region           = var.region

  settings {
    tier = var.tier

    ip_configuration {
      authorized_networks {
        name  = "allowed"
        # ok: tf-gcp-sql-public-authorized-network
        value = var.allowed_cidr
      }
    }
  }
}
