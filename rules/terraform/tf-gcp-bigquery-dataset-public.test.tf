# ruleid: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset" "marketing" {
  dataset_id = "marketing"
  location   = "EU"

  access {
    role           = "OWNER"
    group_by_email = "data-owners@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}

# ruleid: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.reports.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}

# ruleid: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset_access" "legacy" {
  dataset_id = google_bigquery_dataset.legacy.dataset_id
  role       = "READER"
  iam_member = "allUsers"
}

# ok: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset" "finance" {
  dataset_id = "finance"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role           = "READER"
    group_by_email = "finance@example.com"
  }
}

# ok: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset_iam_member" "analysts" {
  dataset_id = google_bigquery_dataset.reports.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@example.com"
}

# ok: tf-gcp-bigquery-dataset-public
resource "google_bigquery_dataset_iam_binding" "configurable" {
  dataset_id = google_bigquery_dataset.reports.dataset_id
  role       = "roles/bigquery.dataViewer"
  members    = var.report_readers
}
