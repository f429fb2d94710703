resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    # ruleid: tf-gcp-sql-ssl-not-enforced
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_5_7"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"

    # ruleid: tf-gcp-sql-ssl-not-enforced
    ip_configuration {
      ipv4_enabled = true
      require_ssl  = true
    }
  }
}

resource "google_sql_database_instance" "secure" {
  name             = "secure"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    # ok: tf-gcp-sql-ssl-not-enforced
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "mtls" {
  name             = "mtls"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    # ok: tf-gcp-sql-ssl-not-enforced
    ip_configuration {
      require_ssl = false
      ssl_mode    = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}

resource "google_sql_database_instance" "configurable" {
  name             = var.name
  database_version = var.database_version
  region           = var.region

  settings {
    tier = var.tier

    # ok: tf-gcp-sql-ssl-not-enforced
    ip_configuration {
      ssl_mode = var.ssl_mode
    }
  }
}
